(* BOOLEAN operators, short-circuit AND and OR, and comparisons. *)
MODULE Booleans EXPORTS Main;
IMPORT IO, Fmt;
VAR calls := 0;
PROCEDURE Noisy (b: BOOLEAN): BOOLEAN =
  BEGIN
    INC(calls);
    RETURN b
  END Noisy;
BEGIN
  IO.Put(Fmt.Bool(TRUE AND FALSE) & " " & Fmt.Bool(TRUE OR FALSE) & " " & Fmt.Bool(NOT TRUE) & "\n");
  IF FALSE AND Noisy(TRUE) THEN IO.Put("wrong\n") END;
  IF TRUE OR Noisy(TRUE) THEN IO.Put("short-circuit\n") END;
  IO.Put("calls: " & Fmt.Int(calls) & "\n");
  IO.Put(Fmt.Bool(3 < 4) & " " & Fmt.Bool(3 >= 4) & " " & Fmt.Bool(3 # 4) & " " & Fmt.Bool(FALSE < TRUE) & "\n")
END Booleans.
