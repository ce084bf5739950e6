MODULE Escape;
CONST T = "tab\q";
BEGIN
END Escape.
