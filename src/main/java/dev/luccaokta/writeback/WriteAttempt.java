package dev.luccaokta.writeback;

/** Who asked to write what: the parts of an audit row known before anything is decided. */
record WriteAttempt(String tenantId, String requestId, String operation, String userId) {
}
