/*
 * pipeline.h - the ring of slots that the threads of ingest and rescore pass along
 * (pipeline.c).
 *
 * One thread fills the slots in ring order (FILLED); worker threads take each filled slot
 * in that order and process it (BUSY, then DONE); one thread takes the done slots in ring
 * order and frees them (FREE). The slots' contents are the caller's; the pipeline keeps
 * only their states, under one mutex, so that what a thread wrote into a slot before
 * setting its state is seen by the thread that waited for that state. pipeline_stop, at
 * the end or after an error, wakes every thread waiting in the pipeline.
 *
 * The thread that fills or frees slots is a worker too (pipeline_wait_or_take): where it
 * would wait, it processes the next filled slot itself. So n workers are n threads, that
 * one among them, and it is not woken on another's core for every slot: on as many cores
 * as workers, those wake-ups cost rescore a tenth more processor time.
 */
#ifndef TENOR_PIPELINE_H
#define TENOR_PIPELINE_H

#include <pthread.h>

enum pipeline_state { SLOT_FREE, SLOT_FILLED, SLOT_BUSY, SLOT_DONE };

struct pipeline {
	unsigned char *state;
	unsigned nslots, next_work;
	int made, stopped;
	pthread_mutex_t mu;
	pthread_cond_t cv;
};

/* Makes n free slots: TENOR_OK, TENOR_ENOMEM, or TENOR_EINVAL when the mutex or condition
 * cannot be made. */
int pipeline_init(struct pipeline *p, unsigned n);
/* Frees what pipeline_init made, once no thread uses the pipeline; a zeroed one is left
 * as it is. */
void pipeline_release(struct pipeline *p);
/* Sets slot i's state and wakes the threads that wait. */
void pipeline_set(struct pipeline *p, unsigned i, enum pipeline_state s);
/* Waits until slot a is in state sa or, when b >= 0, slot b in state sb, and returns that
 * slot (a when both are); -1 once stopped. */
int pipeline_wait(struct pipeline *p, int a, enum pipeline_state sa, int b,
		  enum pipeline_state sb);
/* pipeline_wait for a thread that is also a worker: while neither slot is in its state,
 * the next filled slot in ring order is taken as pipeline_take takes it, and returned
 * with *taken set (0 otherwise); the caller processes it and sets it SLOT_DONE. With
 * taken NULL, nothing is taken: pipeline_wait. */
int pipeline_wait_or_take(struct pipeline *p, int a, enum pipeline_state sa, int b,
			  enum pipeline_state sb, int *taken);
/* A worker's next slot: waits for the next filled one in ring order, sets it BUSY and
 * returns it; -1 once stopped. */
int pipeline_take(struct pipeline *p);
void pipeline_stop(struct pipeline *p);

#endif
