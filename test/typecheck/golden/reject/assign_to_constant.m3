(* A constant is not a variable. *)
MODULE AssignToConstant EXPORTS Main;

CONST Limit = 10;

BEGIN
  Limit := 11;
END AssignToConstant.
