(* A bounded queue with exceptions: TRY EXCEPT, TRY FINALLY and RAISE with an argument. *)
MODULE Queue EXPORTS Main;

IMPORT IO, Fmt;

EXCEPTION Full(INTEGER); Empty;

CONST Capacity = 4;

TYPE
  Ring = RECORD
    items: ARRAY [0 .. Capacity - 1] OF INTEGER;
    head, count: CARDINAL := 0
  END;

PROCEDURE Put (VAR q: Ring; x: INTEGER) RAISES {Full} =
  BEGIN
    IF q.count = Capacity THEN RAISE Full(x) END;
    q.items[(q.head + q.count) MOD Capacity] := x;
    INC(q.count)
  END Put;

PROCEDURE Get (VAR q: Ring): INTEGER RAISES {Empty} =
  VAR x: INTEGER;
  BEGIN
    IF q.count = 0 THEN RAISE Empty END;
    x := q.items[q.head];
    q.head := (q.head + 1) MOD Capacity;
    DEC(q.count);
    RETURN x
  END Get;

VAR
  q: Ring;
  operations := 0;

BEGIN
  TRY
    FOR i := 1 TO 10 DO
      TRY
        Put(q, i * i);
        IO.Put("put " & Fmt.Int(i * i) & "\n")
      FINALLY
        INC(operations)
      END
    END
  EXCEPT
  | Full (rejected) => IO.Put("full, rejected " & Fmt.Int(rejected) & "\n")
  END;
  TRY
    LOOP IO.Put("got " & Fmt.Int(Get(q)) & "\n") END
  EXCEPT
  | Empty => IO.Put("empty after " & Fmt.Int(operations) & " puts\n")
  END
END Queue.
