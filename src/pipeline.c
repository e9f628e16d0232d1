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

int pipeline_wait(struct pipeline *p, int a, enum pipeline_state sa, int b,
		  enum pipeline_state sb)
{
	int got = -1;

	pthread_mutex_lock(&p->mu);
	while (!p->stopped) {
		if (p->state[a] == sa) {
			got = a;
			break;
		}
		if (b >= 0 && p->state[b] == sb) {
			got = b;
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
	while (!p->stopped && p->state[p->next_work] != SLOT_FILLED)
		pthread_cond_wait(&p->cv, &p->mu);
	if (!p->stopped) {
		got = (int)p->next_work;
		p->state[got] = SLOT_BUSY;
		p->next_work = (p->next_work + 1) % p->nslots;
	}
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
