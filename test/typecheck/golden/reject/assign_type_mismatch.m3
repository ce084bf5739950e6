(* Assignment needs a value whose type is assignable to the variable's. *)
MODULE AssignTypeMismatch EXPORTS Main;

VAR
  x: INTEGER;
  name := "spindle";

BEGIN
  x := name;
END AssignTypeMismatch.
