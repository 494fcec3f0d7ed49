import type { Db, DbTransaction } from "@jiangce/db";

/** The client handed to an interactive transaction's callback. */
export type Tx = DbTransaction;

/** Either the client or a transaction; read helpers accept both. */
export type DbOrTx = Db | Tx;
