(* A READONLY parameter cannot be assigned. *)
MODULE AssignToReadonlyFormal EXPORTS Main;

PROCEDURE P (READONLY n: INTEGER) =
  BEGIN
    n := 0;
  END P;

BEGIN
  P(1);
END AssignToReadonlyFormal.
