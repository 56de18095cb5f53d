package dev.luccaokta.lucca;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walking a collection of Lucca's current API (v5) page by page: items are read defensively, and {@code next} links
 * are followed only to the same collection of the same Lucca, never back to a page already read and never further
 * than the caller allows.
 *
 * <pre>{@code
 * boolean whole = LuccaApiPages.walk(instance, "events", 10, cursor -> fetch(cursor), page -> ...);
 * }</pre>
 */
final class LuccaApiPages {

    private LuccaApiPages() {
    }

    /**
     * Hands each page to {@code pages}, from the first (cursor null) by the cursors of their {@code next} links.
     *
     * @param pageAt   the page a cursor points at, the first for null
     * @param maxPages how many pages to read at most
     * @return true when the last page was read, false when {@code maxPages} pages were read and more remain
     * @throws LuccaUnusableAnswerException when a link leads elsewhere or back to a page already read
     */
    static boolean walk(LuccaInstance instance, String collection, int maxPages, Function<String, JsonObject> pageAt,
                        Consumer<JsonObject> pages) {
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        for (int read = 0; read < maxPages; read++) {
            JsonObject page = pageAt.apply(cursor);
            pages.accept(page);
            cursor = nextCursor(instance, collection, page);
            if (cursor == null) {
                return true;
            }
            if (!cursors.add(cursor)) {
                throw new LuccaUnusableAnswerException("the " + collection + " pages lead back to one already read");
            }
        }
        return false;
    }

    /** The objects of a page's {@code items}. */
    static List<JsonObject> items(JsonObject page) {
        return LuccaApiJson.array(page, "items").orElseThrow(() -> new LuccaUnusableAnswerException("a page without items"))
                .stream().map(item -> {
                    if (item instanceof JsonObject resource) {
                        return resource;
                    }
                    throw new LuccaUnusableAnswerException("a page item that is not an object");
                }).toList();
    }

    /**
     * The cursor of the next page, or null on the last; a link elsewhere than this collection of this Lucca is
     * refused. Only the cursor is taken: the next page is asked of the tenant's Lucca URL, which passes the
     * {@link LuccaUrlPolicy} at each call.
     */
    static String nextCursor(LuccaInstance instance, String collection, JsonObject page) {
        String href = LuccaApiJson.object(page, "links").flatMap(links -> LuccaApiJson.object(links, "next"))
                .flatMap(next -> LuccaApiJson.text(next, "href")).orElse(null);
        if (href == null) {
            return null;
        }
        URI next;
        try {
            next = URI.create(href);
        } catch (IllegalArgumentException e) {
            throw new LuccaUnusableAnswerException("a next link that is not a URL");
        }
        URI base = instance.baseUrl();
        String expectedPath = base.getPath().replaceAll("/+$", "") + "/lucca-api/" + collection;
        if (!base.getScheme().equalsIgnoreCase(String.valueOf(next.getScheme()))
                || !base.getHost().equalsIgnoreCase(String.valueOf(next.getHost()))
                || port(base) != port(next) || next.getRawUserInfo() != null || next.getRawFragment() != null
                || !expectedPath.equals(next.getPath())) {
            throw new LuccaUnusableAnswerException("a next link away from " + base + "/lucca-api/" + collection);
        }
        String query = next.getRawQuery() == null ? "" : next.getRawQuery();
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("page=") && parameter.length() > "page=".length()) {
                return URLDecoder.decode(parameter.substring("page=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new LuccaUnusableAnswerException("a next link without a page cursor");
    }

    /** The port a URI reaches, the scheme's own when it names none. */
    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
