package dev.luccaokta.admin;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A refusal of the administration API, answered as an RFC 9457 problem with its status and a detail that
 * says what to do.
 */
public class AdminProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    public AdminProblem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    /** @throws AdminProblem 400 with {@code detail} unless the condition holds */
    static void require(boolean condition, String detail) {
        if (!condition) {
            throw badRequest(detail);
        }
    }

    /** The RFC 9457 body: {@code {"title", "status", "detail"}}. */
    static JsonObject json(int status, String title, String detail) {
        return Json.createObjectBuilder().add("title", title).add("status", status).add("detail", detail).build();
    }

    public static AdminProblem badRequest(String detail) {
        return new AdminProblem(400, "Invalid request", detail);
    }

    public static AdminProblem forbidden(String detail) {
        return new AdminProblem(403, "Not allowed", detail);
    }

    public static AdminProblem notFound(String detail) {
        return new AdminProblem(404, "Not found", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
