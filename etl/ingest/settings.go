package ingest

import (
	"context"
	"fmt"

	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// ingestCheckpointThreshold is DuckDB's checkpoint_threshold during a run:
// the WAL size that triggers a checkpoint, and so how much loaded data
// DuckDB holds uncompressed in memory (about 1.5 times the WAL: 116 MB for
// the national corpus's 79 MB of WAL). On that corpus, 128 MB instead of
// the default 16 MiB saved the writer 1.5 s of CPU; 64 MB (one checkpoint
// half way) keeps the memory bounded on larger corpora.
const ingestCheckpointThreshold = "64MB"

// ingestThreads is DuckDB's thread count while a run loads. The readers
// already keep every core busy parsing, so a second DuckDB thread only
// competes with them, and DuckDB pays for handing tasks between its threads
// (mutexes, a worker spinning for work: some 7 % of a national ingest's CPU
// in perf). With one thread the national ingest used 13.6-14.0 s of CPU
// against 16.1-16.9 s, the writer's inserts and commits took half the time,
// and the writer waited for the readers instead of the other way round.
// The threads are given back before the run returns, so the final
// checkpoint (Close) and later commands have all of them.
const ingestThreads = 1

// loadSettings tunes DuckDB for a run's load and returns what puts the
// settings back.
//
// DuckDB checkpoints (folds the WAL into the file) whenever the WAL passes
// 16 MiB, and each checkpoint rewrites every table's last, partly filled
// row group: on a large ingest that is quadratic (on the national corpus, a
// third of the writer's CPU). So a run checkpoints every
// ingestCheckpointThreshold of WAL, and once at the end (Close).
func loadSettings(ctx context.Context, wh *warehouse.Warehouse) (restore func(), err error) {
	var threads int64
	if err := wh.Conn().QueryRowContext(ctx, "SELECT current_setting('threads')").Scan(&threads); err != nil {
		return nil, fmt.Errorf("read threads: %w", err)
	}
	restore = func() {
		ctx := context.WithoutCancel(ctx)
		_, _ = wh.Conn().ExecContext(ctx, "RESET checkpoint_threshold")
		_, _ = wh.Conn().ExecContext(ctx, fmt.Sprintf("SET threads = %d", threads))
	}
	for _, q := range []string{
		"SET checkpoint_threshold = '" + ingestCheckpointThreshold + "'",
		fmt.Sprintf("SET threads = %d", min(threads, ingestThreads)),
	} {
		if _, err := wh.Conn().ExecContext(ctx, q); err != nil {
			restore()
			return nil, err
		}
	}
	return restore, nil
}
