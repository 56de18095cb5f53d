package dev.luccaokta.scim.protocol;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The elements of a list at chosen positions, read from it on access. Search results are kept as positions
 * rather than nodes: a snapshot may decode its resources on every access, and holding tens of thousands of
 * decoded trees for one request would cost far more memory than the snapshot itself.
 */
final class SelectedView<T> extends AbstractList<T> implements RandomAccess {

    private final List<T> base;
    private final int[] positions;

    private SelectedView(List<T> base, int[] positions) {
        this.base = base;
        this.positions = positions;
    }

    static <T> List<T> of(List<T> base, int[] positions) {
        return new SelectedView<>(base, positions);
    }

    @Override
    public T get(int index) {
        return base.get(positions[index]);
    }

    @Override
    public int size() {
        return positions.length;
    }
}
