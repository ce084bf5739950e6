(* A local variable that is never used is warned about (unless marked <*UNUSED*>). *)
MODULE UnusedVariable EXPORTS Main;

PROCEDURE P (): INTEGER =
  VAR used := 1; forgotten: INTEGER;
  BEGIN
    RETURN used;
  END P;

BEGIN
  EVAL P();
END UnusedVariable.
