(* NARROW's argument must be assignable to its target: one type a subtype of the other. (Two
   unbranded object types with the same fields would be the same type, so these differ in their
   fields.) *)
MODULE NarrowNotSubtype EXPORTS Main;

TYPE
  A = OBJECT a: INTEGER END;
  B = OBJECT b: INTEGER END;

VAR a: A := NEW(A);

BEGIN
  EVAL NARROW(a, B);
END NarrowNotSubtype.
