package dev.luccaokta.sandbox.query;

import dev.luccaokta.sandbox.data.Employee;

import java.util.List;

/** One page of users matching a query, and how many matched in all before paging. */
public record SearchResult(List<Employee> page, int total) {
    public SearchResult {
        page = List.copyOf(page);
    }
}
