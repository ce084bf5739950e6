(* IF with ELSIF and ELSE arms. *)
MODULE IfElsif EXPORTS Main;
IMPORT IO;
PROCEDURE Sign (n: INTEGER): TEXT =
  BEGIN
    IF n < 0 THEN RETURN "negative" ELSIF n = 0 THEN RETURN "zero" ELSE RETURN "positive" END
  END Sign;
BEGIN
  IO.Put(Sign(-5) & " " & Sign(0) & " " & Sign(5) & "\n")
END IfElsif.
