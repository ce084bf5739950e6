(* Dividing by a constant zero is found at compile time. *)
MODULE ConstantDivisionByZero EXPORTS Main;

CONST Ratio = 10 DIV (5 - 5);

BEGIN
END ConstantDivisionByZero.
