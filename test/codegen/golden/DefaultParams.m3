(* Formals with defaults and actuals bound by keyword. *)
MODULE DefaultParams EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE Line (text: TEXT; times: CARDINAL := 1; sep := "-"): TEXT =
  VAR out := "";
  BEGIN
    FOR i := 1 TO times DO
      IF i > 1 THEN out := out & sep END;
      out := out & text
    END;
    RETURN out
  END Line;
BEGIN
  IO.Put(Line("a") & " " & Line("b", 3) & " " & Line("c", sep := "+", times := 2) & "\n");
  IO.Put(Fmt.Int(3, base := 2) & "\n")
END DefaultParams.
