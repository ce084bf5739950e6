(* A CONST needs a value known at compile time. *)
MODULE ConstantNotConstant EXPORTS Main;

VAR n := 3;

CONST Twice = n * 2;

BEGIN
END ConstantNotConstant.
