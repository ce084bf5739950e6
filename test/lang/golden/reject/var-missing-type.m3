MODULE VarType;
VAR x;
BEGIN
END VarType.
