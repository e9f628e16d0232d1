/*
 * pipeline.c - the ring of slots of ingest's and rescore's threads (pipeline.h).
 */
#include "pipeline.h"
#include "alloc.h"
#include "tenor.h"

#include <string.h>

int pipeline_init(struct pipeline *p, unsigned n)
{
	memset(p, 0, sizeof(*p));
	if (!(p->state = tenor_calloc(n, 1)))
		return TENOR_ENOMEM;
	p->nslots = n;
	if (pthread_mutex_init(&p->mu, NULL)) {
		pipeline_release(p);
		return TENOR_EINVAL;
	}
	if (pthread_cond_init(&p->cv, NULL)) {
		pthread_mutex_destroy(&p->mu);
		pipeline_release(p);
		return TENOR_EINVAL;
	}
	p->made = 1;
	return TENOR_OK;
}

void pipeline_release(struct pipeline *p)
{
	if (p->made) {
		pthread_cond_destroy(&p->cv);
		pthread_mutex_destroy(&p->mu);
	}
	tenor_free(p->state);
	memset(p, 0, sizeof(*p));
}

void pipeline_set(struct pipeline *p, unsigned i, enum pipeline_state s)
{
	pthread_mutex_lock(&p->mu);
	p->state[i] = (unsigned char)s;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

/* Under the mutex: slot a if it is in state sa, else slot b if b >= 0 and it is in state
 * sb, else -1. */
static int find(const struct pipeline *p, int a, enum pipeline_state sa, int b,
		enum pipeline_state sb)
{
	if (p->state[a] == sa)
		return a;
	return b >= 0 && p->state[b] == sb ? b : -1;
}

/* Under the mutex: takes the next filled slot in ring order, or returns -1. */
static int take(struct pipeline *p)
{
	int got = (int)p->next_work;

	if (p->state[got] != SLOT_FILLED)
		return -1;
	p->state[got] = SLOT_BUSY;
	p->next_work = (p->next_work + 1) % p->nslots;
	return got;
}

int pipeline_wait(struct pipeline *p, int a, enum pipeline_state sa, int b,
		  enum pipeline_state sb)
{
	return pipeline_wait_or_take(p, a, sa, b, sb, NULL);
}

int pipeline_wait_or_take(struct pipeline *p, int a, enum pipeline_state sa, int b,
			  enum pipeline_state sb, int *taken)
{
	int got = -1;

	if (taken)
		*taken = 0;
	pthread_mutex_lock(&p->mu);
	while (!p->stopped) {
		if ((got = find(p, a, sa, b, sb)) >= 0)
			break;
		if (taken && (got = take(p)) >= 0) {
			*taken = 1;
			break;
		}
		pthread_cond_wait(&p->cv, &p->mu);
	}
	pthread_mutex_unlock(&p->mu);
	return got;
}

int pipeline_take(struct pipeline *p)
{
	int got = -1;

	pthread_mutex_lock(&p->mu);
	while (!p->stopped && (got = take(p)) < 0)
		pthread_cond_wait(&p->cv, &p->mu);
	pthread_mutex_unlock(&p->mu);
	return got;
}

void pipeline_stop(struct pipeline *p)
{
	if (!p->made)
		return;
	pthread_mutex_lock(&p->mu);
	p->stopped = 1;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
}
