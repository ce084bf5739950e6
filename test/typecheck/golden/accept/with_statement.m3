(* WITH binds names to values or, when the expression is a variable, aliases it; each binding
   sees the ones before it. *)
MODULE WithStatement EXPORTS Main;

IMPORT IO, Fmt;

TYPE Account = RECORD owner: TEXT; balance: INTEGER END;

VAR accounts := ARRAY [1 .. 2] OF Account{Account{"ann", 10}, Account{"bob", 20}};

BEGIN
  WITH a = accounts[1], b = accounts[2], total = a.balance + b.balance DO
    a.balance := total;   (* writes accounts[1] through the alias *)
    b.balance := 0;
    IO.Put(a.owner & Fmt.Int(total) & "\n");
  END;
END WithStatement.
