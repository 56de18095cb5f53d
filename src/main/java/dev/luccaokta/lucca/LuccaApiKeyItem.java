package dev.luccaokta.lucca;

/** Lucca's envelope for the current API key: {@code {"header": {...}, "data": {...}}}. */
public record LuccaApiKeyItem(LuccaApiKey data) {
}
