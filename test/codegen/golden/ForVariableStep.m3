(* FOR with a step computed at run time, in both directions. *)
MODULE ForVariableStep EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE Count (from, to, by: INTEGER) =
  BEGIN
    FOR i := from TO to BY by DO IO.Put(Fmt.Int(i) & " ") END;
    IO.Put("\n")
  END Count;
BEGIN
  Count(0, 10, 5); Count(10, 0, -5); Count(1, 2, 10)
END ForVariableStep.
