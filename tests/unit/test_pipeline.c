/*
 * test_pipeline.c - the ring of slots of ingest's and rescore's threads (src/pipeline.c):
 * the states a slot goes through, and the thread that fills and frees slots working on
 * the ones no worker has taken (pipeline_wait_or_take), alone and beside a worker thread.
 */
#include "unit.h"
#include "pipeline.h"

#include <pthread.h>

static void test_wait_or_take(void **state)
{
	struct pipeline p;
	int taken = -1;

	(void)state;
	assert_int_equal(pipeline_init(&p, 4), TENOR_OK);
	/* a slot in the state waited for comes back at once, nothing taken */
	assert_int_equal(pipeline_wait_or_take(&p, 0, SLOT_FREE, -1, SLOT_FREE, &taken), 0);
	assert_int_equal(taken, 0);

	/* neither slot ready: the filled ones are taken in ring order, as workers take them */
	pipeline_set(&p, 0, SLOT_FILLED);
	pipeline_set(&p, 1, SLOT_FILLED);
	assert_int_equal(pipeline_wait_or_take(&p, 2, SLOT_DONE, -1, SLOT_FREE, &taken), 0);
	assert_int_equal(taken, 1);
	assert_int_equal(p.state[0], SLOT_BUSY);
	assert_int_equal(pipeline_wait_or_take(&p, 2, SLOT_DONE, -1, SLOT_FREE, &taken), 1);
	assert_int_equal(taken, 1);

	/* a slot ready comes before work: slot 0 done is stored although slot 2 is filled */
	pipeline_set(&p, 2, SLOT_FILLED);
	pipeline_set(&p, 0, SLOT_DONE);
	assert_int_equal(pipeline_wait_or_take(&p, 0, SLOT_DONE, -1, SLOT_FREE, &taken), 0);
	assert_int_equal(taken, 0);
	assert_int_equal(p.state[2], SLOT_FILLED);
	/* the second slot asked for counts too */
	assert_int_equal(pipeline_wait_or_take(&p, 1, SLOT_DONE, 3, SLOT_FREE, &taken), 3);
	assert_int_equal(taken, 0);
	assert_int_equal(pipeline_wait_or_take(&p, 1, SLOT_DONE, -1, SLOT_FREE, &taken), 2);
	assert_int_equal(taken, 1);

	/* a worker goes on where this thread left the ring order */
	pipeline_set(&p, 3, SLOT_FILLED);
	assert_int_equal(pipeline_take(&p), 3);

	/* stopped: nobody waits, nothing is taken */
	pipeline_set(&p, 0, SLOT_FILLED);
	pipeline_stop(&p);
	assert_int_equal(pipeline_wait_or_take(&p, 1, SLOT_DONE, -1, SLOT_FREE, &taken), -1);
	assert_int_equal(taken, 0);
	assert_int_equal(p.state[0], SLOT_FILLED);
	assert_int_equal(pipeline_wait(&p, 1, SLOT_DONE, -1, SLOT_FREE), -1);
	assert_int_equal(pipeline_take(&p), -1);
	pipeline_release(&p);
}

enum { NSLOTS = 4, NJOBS = 5000 };

struct ring {
	struct pipeline p;
	int job[NSLOTS], result[NSLOTS];
};

static void process(struct ring *r, int i)
{
	r->result[i] = r->job[i] * 3 + 1;
	pipeline_set(&r->p, (unsigned)i, SLOT_DONE);
}

static void *worker(void *arg)
{
	struct ring *r = arg;
	int i;

	while ((i = pipeline_take(&r->p)) >= 0)
		process(r, i);
	return NULL;
}

/* As rescore runs it: this thread fills slots in turn, stores the done ones in ring order,
 * and works on what the worker has not taken; every job is done once, in order. */
static void test_beside_a_worker(void **state)
{
	struct ring r;
	pthread_t tid;
	unsigned next_fill = 0, next_store = 0, pending = 0;
	int filled = 0, stored = 0;

	(void)state;
	memset(&r, 0, sizeof(r));
	assert_int_equal(pipeline_init(&r.p, NSLOTS), TENOR_OK);
	assert_int_equal(pthread_create(&tid, NULL, worker, &r), 0);
	while (stored < NJOBS) {
		int taken, slot = (int)next_fill;
		if (pending)
			slot = pipeline_wait_or_take(&r.p, (int)next_store, SLOT_DONE,
						     filled < NJOBS ? (int)next_fill : -1,
						     SLOT_FREE, &taken);
		assert_true(slot >= 0);
		if (pending && taken) {
			process(&r, slot);
			continue;
		}
		/* with pending < NSLOTS the slot to fill is another one, and with
		 * NSLOTS pending it is not free: this one is done */
		if (pending && slot == (int)next_store) {
			assert_int_equal(r.result[slot], stored * 3 + 1);
			stored++;
			pipeline_set(&r.p, next_store, SLOT_FREE);
			next_store = (next_store + 1) % NSLOTS;
			pending--;
			continue;
		}
		r.job[slot] = filled++;
		pipeline_set(&r.p, (unsigned)slot, SLOT_FILLED);
		next_fill = (next_fill + 1) % NSLOTS;
		pending++;
	}
	pipeline_stop(&r.p);
	assert_int_equal(pthread_join(tid, NULL), 0);
	pipeline_release(&r.p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wait_or_take),
		cmocka_unit_test(test_beside_a_worker),
	};
	return cmocka_run_group_tests_name("the ring of slots (src/pipeline.c)", tests, NULL,
					   NULL);
}
