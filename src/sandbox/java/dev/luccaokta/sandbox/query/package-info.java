/**
 * Lucca's query language for collections: {@code fields} (with nested brackets and {@code collection.count}),
 * {@code paging}, the {@code operator,value} filters, {@code orderBy}, and the visibility rules for former and future
 * employees. Parsing turns query parameters into immutable values and reports every mistake as a
 * {@link dev.luccaokta.sandbox.query.QueryException} meant for the client; evaluation runs over a directory snapshot.
 */
package dev.luccaokta.sandbox.query;
