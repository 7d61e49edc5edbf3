package store

import (
	"context"
	"database/sql"
	"sync"
)

// stmtCache keeps the import's statements prepared on the write connection
// for the life of the DB: an import prepares a dozen statements per article
// otherwise, a tenth of its cost. A transaction takes them with
// tx.StmtContext, which reuses the connection's prepared statement.
type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

// prepared returns the queries prepared on db's write connection,
// preparing those not seen before. Never call it inside a write transaction:
// preparing needs the one write connection, which the transaction holds.
func (db *DB) prepared(ctx context.Context, queries []string) ([]*sql.Stmt, error) {
	c := &db.stmts
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[string]*sql.Stmt)
	}
	out := make([]*sql.Stmt, len(queries))
	for i, q := range queries {
		st, ok := c.m[q]
		if !ok {
			var err error
			if st, err = db.write.PrepareContext(ctx, q); err != nil {
				return nil, err
			}
			c.m[q] = st
		}
		out[i] = st
	}
	return out, nil
}

// close closes the cached statements; Close calls it before closing the
// pools.
func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	c.m = nil
}
