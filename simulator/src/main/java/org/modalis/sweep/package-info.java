/**
 * Parameter sweeps: run a scenario over a grid of one or two varied parameters ({@link
 * org.modalis.sweep.SweepPlan}), optionally one {@link org.modalis.sweep.Shard} at a time, and summarise
 * the runs as a CSV of metrics, a contact sheet and plots; {@link org.modalis.sweep.SweepMerge} joins
 * shards into what one unsharded run writes, byte for byte. See docs/sweeps.md.
 */
package org.modalis.sweep;
