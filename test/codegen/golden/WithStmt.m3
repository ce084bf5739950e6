(* WITH binds a name to a designator (an alias) or to a value. *)
MODULE WithStmt EXPORTS Main;
IMPORT IO, Fmt;
VAR a := ARRAY [0 .. 2] OF INTEGER{1, 2, 3};
BEGIN
  WITH x = a[1], y = x * 10 DO
    x := 20;
    IO.Put(Fmt.Int(a[1]) & " " & Fmt.Int(y) & "\n")
  END
END WithStmt.
