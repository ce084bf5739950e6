MODULE ProcedureTypeExpression;

(* A procedure type is a type actual, not an expression: it cannot be a variable's value. *)

VAR p := PROCEDURE ();

BEGIN
END ProcedureTypeExpression.
