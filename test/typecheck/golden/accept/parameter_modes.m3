(* Parameter modes: VALUE copies, VAR aliases a writable variable of the same type, READONLY
   aliases without allowing writes (and accepts any expression assignable to the formal). *)
MODULE ParameterModes EXPORTS Main;

IMPORT IO, Fmt;

TYPE Point = RECORD x, y: INTEGER END;

PROCEDURE Swap (VAR a, b: INTEGER) =
  VAR t := a;
  BEGIN
    a := b;
    b := t;
  END Swap;

PROCEDURE Norm (READONLY p: Point): INTEGER =
  BEGIN
    RETURN ABS(p.x) + ABS(p.y);
  END Norm;

PROCEDURE Bump (n: INTEGER): INTEGER =
  BEGIN
    n := n + 1;  (* a VALUE formal is a local variable *)
    RETURN n;
  END Bump;

VAR
  a := 1;
  b := 2;
  p := Point{3, -4};

BEGIN
  Swap(a, b);
  Swap(p.x, p.y);
  IO.Put(Fmt.Int(Norm(p) + Norm(Point{1, 1}) + Bump(a) + b) & "\n");
END ParameterModes.
