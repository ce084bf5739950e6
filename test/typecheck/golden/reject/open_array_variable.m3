(* An open array has no size of its own: a variable needs REF ARRAY OF T. *)
MODULE OpenArrayVariable EXPORTS Main;

VAR buffer: ARRAY OF CHAR;

BEGIN
END OpenArrayVariable.
