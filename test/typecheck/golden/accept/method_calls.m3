(* Methods are called through objects (dispatch) and named through types as procedures
   (T.m takes the receiver as its first argument); NEW may override a method for one object. *)
MODULE MethodCalls EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  Counter = OBJECT
    n: INTEGER := 0;
  METHODS
    bump (by: INTEGER := 1) := Bump;
    value (): INTEGER := Value;
  END;

PROCEDURE Bump (c: Counter; by: INTEGER := 1) =
  BEGIN
    INC(c.n, by);
  END Bump;

PROCEDURE Double (c: Counter; by: INTEGER := 1) =
  BEGIN
    INC(c.n, 2 * by);
  END Double;

PROCEDURE Value (c: Counter): INTEGER =
  BEGIN
    RETURN c.n;
  END Value;

VAR
  c := NEW(Counter);
  d := NEW(Counter, bump := Double);

BEGIN
  c.bump();
  c.bump(by := 5);
  d.bump(3);
  Counter.bump(c, 1);
  IO.Put(Fmt.Int(c.value() + d.value()) & "\n");
END MethodCalls.
