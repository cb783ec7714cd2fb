package load_test

import (
	"context"

	"github.com/kpu-ntt/lkj/etl/warehouse"
)

func openBench(path string) (*warehouse.Warehouse, error) {
	return warehouse.Open(context.Background(), path, warehouse.Options{})
}
