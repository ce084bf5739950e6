(* FOR with positive and negative steps; the bounds are evaluated once. *)
MODULE ForBy EXPORTS Main;
IMPORT IO, Fmt;
VAR limit := 3;
BEGIN
  FOR i := 1 TO 10 BY 3 DO IO.Put(Fmt.Int(i) & " ") END;
  IO.Put("\n");
  FOR i := 10 TO 1 BY -4 DO IO.Put(Fmt.Int(i) & " ") END;
  IO.Put("\n");
  FOR i := 1 TO limit DO INC(limit); IO.Put(Fmt.Int(i) & " ") END;
  IO.Put("\n");
  FOR i := 5 TO 1 DO IO.Put("never") END;
  FOR i := LAST(INTEGER) - 2 TO LAST(INTEGER) DO IO.Put("x") END;
  IO.Put("\n")
END ForBy.
