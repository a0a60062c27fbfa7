package dev.kakehashi.goals;

import java.util.List;

/**
 * How a goal's progress is measured: a number moving from a start value to a target (with a unit), or a checklist
 * of milestones. Progress is the share of the way done, from 0 to 1.
 */
public record Measure(Kind kind, double start, double target, double current, String unit, List<Milestone> milestones) {
    public static final int UNIT_MAX = 20;
    public static final int MILESTONES_MAX = 20;

    /** The two ways of measuring. */
    public enum Kind { NUMBER, CHECKLIST }

    public Measure {
        unit = unit == null ? "" : unit;
        milestones = List.copyOf(milestones);
    }

    public static Measure number(double start, double target, double current, String unit) {
        return new Measure(Kind.NUMBER, start, target, current, unit, List.of());
    }

    public static Measure checklist(List<Milestone> milestones) {
        return new Measure(Kind.CHECKLIST, 0, 0, 0, "", milestones);
    }

    public double progress() {
        if (kind == Kind.CHECKLIST) {
            return milestones.isEmpty() ? 0 : (double) milestones.stream().filter(Milestone::done).count()
                    / milestones.size();
        }
        return progressOf(current);
    }

    /** The progress a value of the number stands for (also for points of the history). */
    public double progressOf(double value) {
        if (target == start) {
            return value >= target ? 1 : 0;
        }
        return Math.max(0, Math.min(1, (value - start) / (target - start)));
    }

    public int doneMilestones() {
        return (int) milestones.stream().filter(Milestone::done).count();
    }

    public Measure withCurrent(double value) {
        return new Measure(kind, start, target, value, unit, milestones);
    }

    public Measure withMilestones(List<Milestone> done) {
        return new Measure(kind, start, target, current, unit, done);
    }
}
