/**
 * Import sessions: their state machine (CREATED → IN_PROGRESS → TRIGGERED → COMPLETED or ERROR; CLOSED when
 * cancelled, EXPIRED when left idle), the limits of each bulk request and session, the rule of one session per
 * source every five minutes, and the queue that processes each source's triggered sessions one at a time, in order.
 */
package dev.luccaokta.oktasandbox.sessions;
