(* A call must not pass more arguments than the procedure has parameters. *)
MODULE TooManyArguments EXPORTS Main;

PROCEDURE Square (n: INTEGER): INTEGER =
  BEGIN
    RETURN n * n;
  END Square;

BEGIN
  EVAL Square(2, 3);
END TooManyArguments.
