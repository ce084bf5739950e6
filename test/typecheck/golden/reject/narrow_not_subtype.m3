(* NARROW's target must be a subtype of the argument's type. (Two unbranded object types with the
   same fields would be the same type, so these differ in their fields.) *)
MODULE NarrowNotSubtype EXPORTS Main;

TYPE
  A = OBJECT a: INTEGER END;
  B = OBJECT b: INTEGER END;

VAR a: A := NEW(A);

BEGIN
  EVAL NARROW(a, B);
END NarrowNotSubtype.
