package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaScope;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where Lucca's current API (v5) carries a property: the scopes that read it, or why it does not carry it at all,
 * in which case a tenant reading through that API cannot select it.
 */
record LuccaApiSource(Set<LuccaScope> scopes, Optional<String> absence) {

    static LuccaApiSource readWith(LuccaScope first, LuccaScope... others) {
        return new LuccaApiSource(Set.copyOf(EnumSet.of(first, others)), Optional.empty());
    }

    /** Not in Lucca's current API at all. */
    static LuccaApiSource notCarried() {
        return absent("Not in Lucca's current API");
    }

    static LuccaApiSource absent(String why) {
        return new LuccaApiSource(Set.of(), Optional.of(why));
    }
}
