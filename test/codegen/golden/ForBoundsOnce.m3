(* FOR evaluates its bounds once: changing the limit variable inside the body changes nothing. *)
MODULE ForBoundsOnce EXPORTS Main;
IMPORT IO, Fmt;
VAR limit := 3; count := 0;
BEGIN
  FOR i := 1 TO limit DO
    INC(limit);
    INC(count)
  END;
  IO.Put(Fmt.Int(count) & " iterations, limit now " & Fmt.Int(limit) & "\n");
  FOR i := 5 TO 1 DO INC(count) END;
  IO.Put(Fmt.Int(count) & "\n")
END ForBoundsOnce.
