(* The control variable of FOR is read-only. *)
MODULE AssignToForVariable EXPORTS Main;

BEGIN
  FOR i := 1 TO 10 DO
    i := i + 1;
  END;
END AssignToForVariable.
