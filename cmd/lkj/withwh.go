package main

import (
	"context"

	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// withWarehouse opens the configured warehouse for writing, runs fn on it
// and closes it: the body of the commands that write (init, ingest, build,
// export), written once.
func (a *app) withWarehouse(ctx context.Context, fn func(*warehouse.Warehouse) error) error {
	wh, err := a.openWarehouse(ctx)
	if err != nil {
		return err
	}
	defer wh.Close()
	return fn(wh)
}
