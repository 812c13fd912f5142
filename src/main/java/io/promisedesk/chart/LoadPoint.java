package io.promisedesk.chart;

import io.promisedesk.workload.Level;
import io.promisedesk.workload.LoadRatio;

import java.time.LocalDate;

/**
 * The team's load at one commitment date of the chart; an overdue point stands for every commitment date before
 * today and carries the latest of them, whose load counts all their work.
 */
record LoadPoint(LocalDate date, LoadRatio load, Level level, boolean overdue) {
}
