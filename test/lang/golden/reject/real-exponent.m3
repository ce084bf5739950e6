MODULE Exponent;
CONST R = 1.5E+;
BEGIN
END Exponent.
