(* exit: 1 *)
(* A method bound in NEW must be a procedure whose first parameter takes the object. *)
MODULE NewMethodBad EXPORTS Main;
TYPE T = OBJECT METHODS m (x: INTEGER) END;
PROCEDURE P (x: INTEGER) = BEGIN END P;
VAR t := NEW(T, m := P);
BEGIN
END NewMethodBad.
