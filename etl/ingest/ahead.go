package ingest

import (
	"context"
	"os"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/kpu-ntt/lkj/etl/parse"
)

// readAheadBytes bounds the source bytes read ahead of the writer.
const readAheadBytes = 64 << 20

// readAhead runs the readers: they hash, parse and validate documents ahead
// of the writer, which takes them in input order.
//
// The readers must not wait while the writer loads a group, or parsing stops
// at every commit (with 4 documents of read-ahead against groups of 64, that
// wait was a third of a national ingest). So they may run one whole group
// ahead of the document the writer takes next: the next group is read while
// the current one is written.
//
// Memory bound: documents read ahead number at most aheadDocs (one group,
// at least two per reader) and weigh at most readAheadBytes (64 MiB) of
// source, whichever comes first; a larger document is read alone. The
// group being loaded adds one group (GroupDocuments documents, or fewer
// when they reach maxGroupFacts facts). So a run holds about two groups of
// parsed documents, a few times their source size, whatever the corpus.
type readAhead struct {
	slots   []chan parsed
	weights []int64 // each document's share of maxBytes

	mu            sync.Mutex
	cond          *sync.Cond
	docs, maxDocs int
	bytes         int64
	maxBytes      int64
	peakDocs      int   // the most documents ever read ahead at once (tests check the bound)
	peakBytes     int64 // the most source bytes ever read ahead at once
	stopped       bool
	stopOnce      sync.Once
}

// startReadAhead starts workers readers that may run aheadDocs documents or
// aheadBytes source bytes ahead of the writer.
func startReadAhead(ctx context.Context, srcs []Source, workers, aheadDocs int, aheadBytes, maxDocumentBytes int64, known map[string]knownDoc, id parse.Options) *readAhead {
	r := &readAhead{slots: make([]chan parsed, len(srcs)), weights: make([]int64, len(srcs)),
		maxDocs: max(aheadDocs, 2*workers), maxBytes: aheadBytes}
	r.cond = sync.NewCond(&r.mu)
	for i := range r.slots {
		r.slots[i] = make(chan parsed, 1)
	}
	go func() {
		<-ctx.Done()
		r.stop()
	}()
	go func() {
		// The pool: at most workers documents read at once; eg.Go waits
		// for a free reader. Each result goes to its own slot (buffered),
		// so a reader never waits for the writer, and the writer takes
		// them in input order. Readers return no error: a document that
		// fails becomes a rejection (readOne), never a stop of the run.
		var eg errgroup.Group
		eg.SetLimit(workers)
		defer eg.Wait()
		for i := range srcs {
			// Acquired in input order, released in input order by next:
			// the document the writer waits for always holds its share.
			w := min(sourceWeight(srcs[i]), r.maxBytes)
			if !r.acquire(w) {
				return
			}
			r.weights[i] = w
			if ctx.Err() != nil {
				return
			}
			eg.Go(func() error {
				r.slots[i] <- readOne(srcs[i], maxDocumentBytes, known, id)
				return nil
			})
		}
	}()
	return r
}

// next waits for document i (taken in order 0, 1, 2, ...) and frees its
// share of the read-ahead.
func (r *readAhead) next(ctx context.Context, i int) (parsed, error) {
	select {
	case p := <-r.slots[i]:
		r.release(r.weights[i])
		return p, nil
	case <-ctx.Done():
		return parsed{}, ctx.Err()
	}
}

func (r *readAhead) acquire(w int64) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for !r.stopped && (r.docs >= r.maxDocs || (r.docs > 0 && r.bytes+w > r.maxBytes)) {
		r.cond.Wait()
	}
	if r.stopped {
		return false
	}
	r.docs++
	r.bytes += w
	r.peakDocs, r.peakBytes = max(r.peakDocs, r.docs), max(r.peakBytes, r.bytes)
	return true
}

func (r *readAhead) release(w int64) {
	r.mu.Lock()
	r.docs--
	r.bytes -= w
	r.mu.Unlock()
	r.cond.Broadcast()
}

func (r *readAhead) stop() {
	r.stopOnce.Do(func() {
		r.mu.Lock()
		r.stopped = true
		r.mu.Unlock()
		r.cond.Broadcast()
	})
}

// sourceWeight is a source's size in bytes as far as a stat says; a
// template folder counts its files.
func sourceWeight(src Source) int64 {
	st, err := os.Stat(src.Path)
	if err != nil {
		return 0
	}
	if !st.IsDir() {
		return st.Size()
	}
	entries, err := os.ReadDir(src.Path)
	if err != nil {
		return 0
	}
	var n int64
	for _, e := range entries {
		if info, err := e.Info(); err == nil && info.Mode().IsRegular() {
			n += info.Size()
		}
	}
	return n
}
