/**
 * Renders sandbox data as Lucca's JSON: Directory v3 envelopes ({@code header}/{@code data}), users and other
 * resources projected on the requested {@code fields}, the organisation structure pages, extended data and the
 * {@code {"Status", "Message"}} error body. Nothing here knows about HTTP; resources hand in what they know of the
 * request (base URI, caller).
 */
package dev.luccaokta.sandbox.json;
