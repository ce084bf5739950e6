(* Constant arithmetic is exact and must fit in 64-bit INTEGER. *)
MODULE ConstantOverflow EXPORTS Main;

CONST Huge = LAST(INTEGER) * 2;

BEGIN
END ConstantOverflow.
