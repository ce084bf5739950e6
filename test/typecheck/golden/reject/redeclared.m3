(* A name can be declared only once in a scope. *)
MODULE Redeclared EXPORTS Main;

VAR total: INTEGER;

CONST total = 3;

BEGIN
END Redeclared.
