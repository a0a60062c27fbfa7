package dev.kakehashi.events;

/**
 * An event's funnel for its organisers: personally invited → replied → yes → attended, and broadcast reached → yes →
 * attended. The headline is {@link #attendees()}: everyone checked in, however they came.
 */
public record Funnel(int invited, int replied, int invitedYes, int invitedAttended, int reached, int broadcastYes,
                     int broadcastAttended, int attendees) {
}
