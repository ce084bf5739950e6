(* Objects: fields, methods, overrides, calls through the method suite, super calls by name. *)
MODULE Objects EXPORTS Main;
IMPORT IO, Fmt;
TYPE
  Counter = OBJECT n := 0 METHODS inc (by: INTEGER) := Inc; get (): INTEGER := Get END;
  Double = Counter OBJECT OVERRIDES inc := DoubleInc END;
PROCEDURE Inc (c: Counter; by: INTEGER) = BEGIN INC(c.n, by) END Inc;
PROCEDURE Get (c: Counter): INTEGER = BEGIN RETURN c.n END Get;
PROCEDURE DoubleInc (c: Double; by: INTEGER) = BEGIN Inc(c, 2 * by) END DoubleInc;
VAR a: Counter := NEW(Counter); b: Counter := NEW(Double, n := 100);
BEGIN
  a.inc(5); b.inc(5);
  IO.Put(Fmt.Int(a.get()) & " " & Fmt.Int(b.get()) & "\n")
END Objects.
